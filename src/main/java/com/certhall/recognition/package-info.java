/**
 * Reading the scans every order carries (居民身份证 front and back, 营业执照) with an OCR engine behind the
 * {@link com.certhall.recognition.OcrEngine} port: the photo is prepared with plain java.awt imaging, the text is
 * parsed into fields, and a reading whose check digit (GB 11643, GB 32100) or birth date does not agree is
 * discarded. Without an engine the module says so once and every reading is {@link Unreadable} (docs/recognition.md).
 */
@ApplicationModule(allowedDependencies = {"shared", "documents"})
@NullMarked
package com.certhall.recognition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
