package org.convene.account;

/** A sign-in attempt's result and, on success, the account signed in. */
public record SignInOutcome(SignInResult result, Long accountId) {}
