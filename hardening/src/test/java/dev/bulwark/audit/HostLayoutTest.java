package dev.bulwark.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostLayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"relative/path", "/etc/$(reboot)", "/etc/a b", "/etc/../root", "/etc/x;y", "/etc/'q'"})
    void new_pathAShellCouldMisread_isRefused(String path) {
        HostLayout d = HostLayout.defaults();
        assertThrows(IllegalArgumentException.class, () -> new HostLayout(d.agentUser(), path, d.configFile(),
                d.credentialDir(), d.tokenFile(), d.unit(), d.gatewayPort(), d.sshdConfig()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Root", "a b", "x;id", "-rf", ""})
    void new_invalidUser_isRefused(String user) {
        HostLayout d = HostLayout.defaults();
        assertThrows(IllegalArgumentException.class, () -> new HostLayout(user, d.stateDir(), d.configFile(),
                d.credentialDir(), d.tokenFile(), d.unit(), d.gatewayPort(), d.sshdConfig()));
    }

    @Test
    void quote_singleQuote_staysOneShellWord() {
        assertEquals("'it'\\''s'", ShellQuote.quote("it's"));
    }
}
