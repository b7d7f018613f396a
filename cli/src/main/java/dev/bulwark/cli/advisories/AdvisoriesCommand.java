package dev.bulwark.cli.advisories;

import dev.bulwark.advisory.Advisory;
import dev.bulwark.cli.ExitCode;
import dev.bulwark.cli.UserException;
import dev.bulwark.release.GatewayKnowledge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark advisories}: what bulwark knows about gateway releases and their advisories. */
@Command(name = "advisories",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "List what verify knows: the published OpenClaw advisories (counts by severity, newest entry, where the "
                    + "data comes from and its date) and the release-fingerprint table. With an ID (CVE or GHSA), "
                    + "show that advisory.",
            "",
            "Shipped data can be updated without a new bulwark release: --advisories reads OSV JSON (osv.dev's npm "
                    + "export, GitHub's advisory database) and --fingerprints a newer release table; both merge "
                    + "over the shipped data, here and in verify. Offline; no network."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  bulwark advisories",
            "  bulwark advisories CVE-2026-25253",
            "  bulwark advisories GHSA-g8p2-7wf7-98mq --advisories osv/   # with newer OSV records merged"})
public final class AdvisoriesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID",
            description = "A CVE or GHSA id: show that advisory (exit 2 when unknown).")
    private String id;

    @Option(names = "--advisories", paramLabel = "FILE|DIR",
            description = "OSV JSON (one record, an array, or a directory of *.json) merged over the shipped "
                    + "advisories; repeatable.")
    private List<Path> advisories = new ArrayList<>();

    @Option(names = "--fingerprints", paramLabel = "FILE|DIR",
            description = "Release-fingerprint table(s) merged over the shipped one; repeatable.")
    private List<Path> fingerprints = new ArrayList<>();

    @Override
    public Integer call() {
        GatewayKnowledge knowledge = load(advisories, fingerprints);
        if (id == null) {
            KnowledgeText.summary(knowledge).forEach(spec.commandLine().getOut()::println);
            return ExitCode.OK.code();
        }
        Optional<Advisory> advisory = knowledge.advisories().find(id);
        if (advisory.isEmpty()) {
            throw new UserException(ExitCode.USAGE, id + " is not a known advisory; `bulwark advisories` lists the"
                    + " data, and --advisories adds newer OSV records");
        }
        KnowledgeText.advisory(advisory.get()).forEach(spec.commandLine().getOut()::println);
        return ExitCode.OK.code();
    }

    /** The shipped data with the user's files merged; a bad file is a usage error naming it. */
    public static GatewayKnowledge load(List<Path> advisories, List<Path> fingerprints) {
        if (advisories.isEmpty() && fingerprints.isEmpty()) {
            return GatewayKnowledge.bundled();
        }
        try {
            return GatewayKnowledge.load(advisories, fingerprints);
        } catch (IllegalArgumentException e) {
            throw new UserException(ExitCode.USAGE, e.getMessage(), e);
        }
    }
}
