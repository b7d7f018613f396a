package dev.bulwark.deploy.registry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EcrImageTest {
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "123456789012.dkr.ecr.us-east-1.amazonaws.com/openclaw-gateway@sha256:abc,123456789012,us-east-1,openclaw-gateway",
            "123456789012.dkr.ecr.eu-west-3.amazonaws.com/team/gw:1.2,123456789012,eu-west-3,team/gw",
            "123456789012.dkr.ecr.eu-west-3.amazonaws.com/team/gw:1.2@sha256:abc,123456789012,eu-west-3,team/gw",
            "210987654321.dkr.ecr.cn-north-1.amazonaws.com.cn/gw,210987654321,cn-north-1,gw",
            "public.ecr.aws/nginx/nginx@sha256:abc,-,-,-",
            "ghcr.io/example/openclaw-gateway@sha256:abc,-,-,-",
            "nginx:1.27,-,-,-"})
    void parse_table(String image, String account, String region, String repository) {
        Optional<EcrImage> parsed = EcrImage.parse(image);

        assertEquals(Optional.ofNullable(account).map(a -> new EcrImage(image, a, region, repository)), parsed);
    }
}
