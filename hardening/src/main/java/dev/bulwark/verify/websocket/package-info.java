/**
 * A small WebSocket client (RFC 6455) with bounded reads, for the probes that talk to a gateway without
 * credentials: the opening handshake with its {@code Sec-WebSocket-Accept} check, the response head read under
 * {@link dev.bulwark.verify.net.ReadBounds#HEADER_BYTES}, a refused upgrade's body never read, masked client frames
 * and unmasked server frames of at most {@link dev.bulwark.verify.net.ReadBounds#WEBSOCKET_MESSAGE_BYTES} per
 * message. It replaces the JDK client, which reads a refused upgrade's body whole (unbounded).
 */
package dev.bulwark.verify.websocket;
