package dev.bulwark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import dev.bulwark.findings.Severity;
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

    /** The test tab agrees with the exit code: below --fail-on a finding is output of a passing test case. */
    @Test
    void render_failOnMedium_lowFindingPassesWithItsEvidenceAsOutput() throws Exception {
        String xml = render(new JunitReportRenderer(Severity.MEDIUM), ReportFixture.report());
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        assertEquals("3", root.getAttribute("failures"), "TLS, HSTS, expired waiver; not the low banner: " + xml);
        assertTrue(xml.matches("(?s).*name=\"HTTP_SERVER_BANNER\">\\s*<system-out>low \\(below --fail-on medium\\).*"),
                xml);

        String high = render(new JunitReportRenderer(Severity.HIGH), ReportFixture.report());
        assertTrue(high.contains("failures=\"1\""), "only the high TLS finding: " + high);
    }
}
