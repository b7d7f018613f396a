package dev.bulwark.discover;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What to scan: address blocks (from CIDRs, addresses and resolved names) times ports, walked address by address.
 *
 * @param blocks the blocks in the order given
 * @param ports  TCP ports, each 1-65535
 */
public record ScanScope(List<AddressBlock> blocks, List<Integer> ports) {
    /** Above this many addresses a run asks for confirmation (a /16 is the largest range scanned without it). */
    public static final BigInteger CONFIRM_ABOVE = BigInteger.ONE.shiftLeft(16);
    /** A hard ceiling: a /8 of IPv4, far beyond any network one owner scans in one go. */
    public static final BigInteger MAX_ADDRESSES = BigInteger.ONE.shiftLeft(24);

    public ScanScope {
        blocks = List.copyOf(blocks);
        ports = List.copyOf(ports);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("name at least one address, CIDR block or host name to scan");
        }
        if (ports.isEmpty() || ports.stream().anyMatch(p -> p < 1 || p > 65535)) {
            throw new IllegalArgumentException("ports must be 1-65535, e.g. --ports 18789,443");
        }
        BigInteger total = blocks.stream().map(AddressBlock::size).reduce(BigInteger.ZERO, BigInteger::add);
        if (total.compareTo(MAX_ADDRESSES) > 0) {
            throw new IllegalArgumentException(total + " addresses is more than one run scans (at most "
                    + MAX_ADDRESSES + ", a /8): split the range");
        }
    }

    /**
     * Blocks for what the user typed: CIDR blocks and addresses as they are, names through the resolver (every
     * address the name has).
     */
    public static List<AddressBlock> resolve(List<String> targets) {
        List<AddressBlock> blocks = new ArrayList<>();
        for (String target : targets) {
            String text = target.trim();
            if (text.startsWith("[") && text.endsWith("]")) {
                text = text.substring(1, text.length() - 1);
            }
            var literal = AddressBlock.parseLiteral(text);
            if (literal.isPresent()) {
                blocks.add(literal.get());
                continue;
            }
            try {
                for (InetAddress address : InetAddress.getAllByName(text)) {
                    blocks.add(AddressBlock.of(text, address, address.getAddress().length * 8));
                }
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("`" + text + "` is neither an address, a CIDR block nor a name "
                        + "that resolves");
            }
        }
        return blocks;
    }

    /** How many addresses, over every block. */
    public BigInteger addresses() {
        return blocks.stream().map(AddressBlock::size).reduce(BigInteger.ZERO, BigInteger::add);
    }

    public long endpoints() {
        return addresses().longValueExact() * ports.size();
    }

    public boolean needsConfirmation() {
        return addresses().compareTo(CONFIRM_ABOVE) > 0;
    }

    /** Every address and port, address by address. */
    public Iterator<InetSocketAddress> endpointIterator() {
        return new Iterator<>() {
            private int block;
            private long offset;
            private int port;

            @Override
            public boolean hasNext() {
                return block < blocks.size();
            }

            @Override
            public InetSocketAddress next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                AddressBlock current = blocks.get(block);
                InetSocketAddress next = new InetSocketAddress(current.addressAt(offset), ports.get(port));
                if (++port == ports.size()) {
                    port = 0;
                    if (BigInteger.valueOf(++offset).compareTo(current.size()) >= 0) {
                        offset = 0;
                        block++;
                    }
                }
                return next;
            }
        };
    }
}
