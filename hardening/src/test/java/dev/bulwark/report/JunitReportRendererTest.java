package dev.bulwark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportRendererTest extends AbstractReportRendererTest {

    @Override
    ReportRenderer renderer() {
        return new JunitReportRenderer();
    }

    @Override
    String goldenFile() {
        return "verify-report.xml";
    }

    Document parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(renderFixture().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void render_fixture_isWellFormedWithCountsPerKind() throws Exception {
        Element root = parse().getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("7", root.getAttribute("tests"), "4 checked rules, 1 unreachable rule, 2 waivers");
        assertEquals("4", root.getAttribute("failures"), "TLS, HSTS, banner, expired waiver");
        assertEquals("1", root.getAttribute("errors"), "the unreachable target's rule");
        assertEquals("1", root.getAttribute("skipped"), "the waived port finding");
    }

    @Test
    void render_markupAndControlCharactersInEvidence_survivesParsing() throws Exception {
        NodeList failures = parse().getElementsByTagName("failure");
        boolean found = false;
        for (int i = 0; i < failures.getLength(); i++) {
            String body = failures.item(i).getTextContent();
            if (body.contains("<script>&\"quoted\" 'x'")) {
                found = true;
                assertTrue(body.contains("\uFFFD"), "the control character is replaced, not dropped silently");
            }
        }
        assertTrue(found, "the banner finding's evidence is in a failure body");
    }

    @Test
    void render_unreachableTarget_isAnErrorNeverAPass() throws Exception {
        NodeList suites = parse().getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            if (suite.getAttribute("name").equals("https://down.example.com/")) {
                assertEquals("1", suite.getAttribute("errors"));
                assertEquals(suite.getAttribute("tests"), suite.getAttribute("errors"));
                return;
            }
        }
        throw new AssertionError("no suite for the unreachable target");
    }
}
