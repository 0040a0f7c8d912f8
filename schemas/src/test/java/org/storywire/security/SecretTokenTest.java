package org.storywire.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretTokenTest {
    private final SecretToken token = SecretToken.of("s3cret-token-value");

    @Test
    void onlyTheSameTokenMatches() {
        assertThat(token.matches("s3cret-token-value")).isTrue();
        assertThat(token.matches("s3cret-token-valuE")).isFalse();
        assertThat(token.matches("s3cret-token-value ")).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(token.toString()).doesNotContain("s3cret");
    }

    @Test
    void readsBearerTokensAndBasicAuthPasswords() {
        assertThat(SecretToken.presentedIn("Bearer abc")).contains("abc");
        assertThat(SecretToken.presentedIn("bearer   abc ")).contains("abc");
        String basic = Base64.getEncoder().encodeToString("registry-user:pa:ss".getBytes(StandardCharsets.UTF_8));
        assertThat(SecretToken.presentedIn("Basic " + basic)).contains("pa:ss");
    }

    @Test
    void anythingElseIsNoCredential() {
        assertThat(SecretToken.presentedIn(null)).isEmpty();
        assertThat(SecretToken.presentedIn("")).isEmpty();
        assertThat(SecretToken.presentedIn("Bearer")).isEmpty();
        assertThat(SecretToken.presentedIn("Bearer ")).isEmpty();
        assertThat(SecretToken.presentedIn("abc")).isEmpty();
        assertThat(SecretToken.presentedIn("Basic !!!not-base64")).isEmpty();
        assertThat(SecretToken.presentedIn("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8)))).isEmpty();
        assertThat(SecretToken.presentedIn("Digest abc")).isEmpty();
    }
}
