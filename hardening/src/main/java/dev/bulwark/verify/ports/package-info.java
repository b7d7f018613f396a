/**
 * The port probe: a bounded TCP connect scan of the instance's own address (IPv4 and IPv6) for the gateway, its
 * sibling OpenClaw services and common admin ports. Entry point: {@link dev.bulwark.verify.ports.PortProbe#create()}.
 */
package dev.bulwark.verify.ports;
