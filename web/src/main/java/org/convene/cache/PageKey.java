package org.convene.cache;

/**
 * What an anonymous response varies on: the address it was asked at (scheme, host, port, path and
 * query), the visitor's language, and for the read API the representation asked for.
 */
record PageKey(String address, String language, String accept) {}
