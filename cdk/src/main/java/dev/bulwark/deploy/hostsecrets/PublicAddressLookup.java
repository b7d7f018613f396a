package dev.bulwark.deploy.hostsecrets;

import dev.bulwark.deploy.DeployException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Finds the deployer's public address when {@code --ssh-from} is not given, by asking a plain-text "what is my
 * IP" endpoint. Only a reply that is one IPv4 or IPv6 literal is believed: anything else could open SSH to
 * somewhere the deployer is not.
 */
public final class PublicAddressLookup {
    /** AWS's own endpoint: one address and a newline. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://checkip.amazonaws.com/");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d"
            + "|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:]*");
    private static final int LONGEST_REPLY = 64;

    private final URI endpoint;
    private final Duration timeout;

    public PublicAddressLookup(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    public static PublicAddressLookup standard(URI endpoint) {
        return new PublicAddressLookup(endpoint, Duration.ofSeconds(5));
    }

    /** The address the endpoint saw, as a literal ({@code 198.51.100.7} or {@code 2001:db8::7}). */
    public String detect() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw failed("could not be asked (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("was interrupted");
        }
        if (response.statusCode() != 200) {
            throw failed("answered HTTP " + response.statusCode());
        }
        String body = new String(response.body(), StandardCharsets.US_ASCII).strip();
        if (body.length() > LONGEST_REPLY || !(IPV4.matcher(body).matches() || IPV6.matcher(body).matches())) {
            throw failed("did not answer with one IP address");
        }
        try {
            return InetAddress.getByName(body).getHostAddress(); // a literal by the checks above: no name lookup
        } catch (UnknownHostException e) {
            throw failed("did not answer with one IP address");
        }
    }

    private DeployException failed(String what) {
        return DeployException.environment("finding your public address: " + endpoint + " " + what
                + ", so it is unknown where to open SSH from: pass --ssh-from YOUR.PUBLIC.IP");
    }
}
