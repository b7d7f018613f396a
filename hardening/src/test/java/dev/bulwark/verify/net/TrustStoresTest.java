package dev.bulwark.verify.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrustStoresTest {
    @TempDir
    Path dir;

    @Test
    void systemPlus_caFile_addsItsCertificateToTheSystemAnchors() throws Exception {
        TestPki pki = new TestPki();
        Path caFile = pki.writeCaFile(dir);

        X509ExtendedTrustManager system = TrustStores.systemPlus(Optional.empty());
        X509ExtendedTrustManager withCa = TrustStores.systemPlus(Optional.of(caFile));

        assertEquals(system.getAcceptedIssuers().length + 1, withCa.getAcceptedIssuers().length);
        assertTrue(Arrays.stream(withCa.getAcceptedIssuers())
                .anyMatch(c -> c.getSubjectX500Principal().getName().equals("CN=bulwark test CA")));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("missing.pem", null, "it cannot be read"),
                Arguments.of("empty.pem", "", "it contains no certificate"),
                Arguments.of("junk.pem", "-----BEGIN CERTIFICATE-----\nnot base64 at all!\n-----END CERTIFICATE-----\n",
                        "it is not valid PEM"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void systemPlus_unusableCaFile_userErrorNamingTheFileAndTheFix(String name, String content, String problem)
            throws Exception {
        Path file = dir.resolve(name);
        if (content != null) {
            Files.writeString(file, content);
        }

        CaFileException error = assertThrows(CaFileException.class, () -> TrustStores.systemPlus(Optional.of(file)));

        assertTrue(error.getMessage().startsWith("Cannot use --ca-file " + file + ": " + problem), error.getMessage());
        assertTrue(error.getMessage().endsWith("(your private CA)."), error.getMessage());
    }
}
