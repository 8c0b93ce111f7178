package org.convene.branding;

/** A logo ready to send: its format, content hash (its ETag) and bytes. */
public record LogoImage(ImageFormat format, String sha256, byte[] content) {}
