package org.convene.account;

/**
 * How a sign-in attempt ended. Pages word FAILED and PAUSED without saying if the e-mail exists.
 */
public enum SignInResult {
  SUCCESS,
  FAILED,
  PAUSED
}
