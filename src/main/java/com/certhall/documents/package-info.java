/**
 * Uploaded materials (type sniffed from the bytes, size-limited while streaming, hashed, encrypted at rest,
 * versioned and retained) and the generated PDFs an applicant prints and stamps, kept for an opaque owner.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
@NullMarked
package com.certhall.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
