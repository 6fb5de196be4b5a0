package org.compliance.api.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins an account and a client address may have within the window before
 * further attempts are refused. An address gets more: several people may share one (an office).
 */
@ConfigurationProperties("compliance.sign-in")
public record SignInLimits(
    @DefaultValue("5") int perAccount,
    @DefaultValue("30") int perAddress,
    @DefaultValue("15m") Duration window) {}
