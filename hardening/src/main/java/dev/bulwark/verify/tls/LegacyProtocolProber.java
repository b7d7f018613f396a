package dev.bulwark.verify.tls;

import dev.bulwark.verify.Deadline;
import dev.bulwark.verify.net.SocketWatchdog;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Offers one legacy version with a hand-written {@link ClientHello} and reads the first handshake bytes back:
 * a ServerHello carrying that version means accepted; an alert, a close, another version or non-TLS bytes mean
 * refused. Nothing after the ServerHello is read; no key exchange happens.
 */
final class LegacyProtocolProber {
    private static final int RECORD_HANDSHAKE = 0x16;
    private static final int SERVER_HELLO = 0x02;
    private static final int MAX_RECORD = 16384 + 2048;

    private LegacyProtocolProber() {
    }

    static ProtocolSupport probe(InetSocketAddress address, String host, ProtocolVersion version, Deadline deadline,
                                 Duration perCallTimeout) {
        Duration budget = deadline.cap(perCallTimeout);
        Socket socket = new Socket();
        try (SocketWatchdog watchdog = SocketWatchdog.closeAfter(socket, budget); socket) {
            try {
                socket.connect(address, (int) budget.toMillis());
            } catch (IOException e) {
                return ProtocolSupport.NO_ANSWER; // could not even connect: nothing to say about the version
            }
            return exchange(socket, host, version, budget, watchdog);
        } catch (IOException e) {
            return ProtocolSupport.NO_ANSWER; // closing failed; the exchange already gave its answer
        }
    }

    private static ProtocolSupport exchange(Socket socket, String host, ProtocolVersion version, Duration budget,
                                            SocketWatchdog watchdog) {
        try {
            socket.setSoTimeout((int) budget.toMillis());
            socket.getOutputStream().write(ClientHello.record(version, host));
            socket.getOutputStream().flush();
            return answer(socket.getInputStream(), version);
        } catch (SocketTimeoutException e) {
            return ProtocolSupport.NO_ANSWER;
        } catch (IOException e) {
            // EOF, reset or broken pipe after our hello is how many servers refuse; unless we hung up ourselves.
            return watchdog.fired() ? ProtocolSupport.NO_ANSWER : ProtocolSupport.REFUSED;
        }
    }

    /** Reads handshake records until the ServerHello's version is known. */
    static ProtocolSupport answer(InputStream stream, ProtocolVersion offered) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        byte[] handshake = new byte[6]; // msg_type, length(3), server_version(2)
        int have = 0;
        while (have < handshake.length) {
            int contentType = in.readUnsignedByte();
            in.readUnsignedShort(); // record version; the ServerHello's own version is what counts
            int length = in.readUnsignedShort();
            if (contentType != RECORD_HANDSHAKE || length == 0 || length > MAX_RECORD) {
                return ProtocolSupport.REFUSED; // an alert, or not TLS at all
            }
            byte[] fragment = in.readNBytes(length);
            if (fragment.length < length) {
                return ProtocolSupport.REFUSED;
            }
            int take = Math.min(fragment.length, handshake.length - have);
            System.arraycopy(fragment, 0, handshake, have, take);
            have += take;
        }
        if ((handshake[0] & 0xff) != SERVER_HELLO) {
            return ProtocolSupport.REFUSED;
        }
        int version = (handshake[4] & 0xff) << 8 | handshake[5] & 0xff;
        return version == offered.wireCode() ? ProtocolSupport.ACCEPTED : ProtocolSupport.REFUSED;
    }
}
