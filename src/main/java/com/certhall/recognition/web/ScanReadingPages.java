package com.certhall.recognition.web;

import com.certhall.recognition.IdCardFront;
import com.certhall.recognition.LicenceReading;
import com.certhall.recognition.ScanKind;
import com.certhall.recognition.ScanReading;
import com.certhall.recognition.ScanRecognition;
import com.certhall.recognition.Unreadable;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The wizard's "read it from the scan" (docs/recognition.md): the subject page posts a photo of an ID card front or a
 * business licence and gets back the fields read, which its script offers to fill in ("识别结果：…，是否填入？"). The
 * photo is read and forgotten (not stored, not logged); nothing reaches the order until the applicant saves the form.
 * A signed-in session is required (the pages' security), and its CSRF token.
 */
@Controller
class ScanReadingPages {

    /** Photos above this are refused unread; a phone photo is 2–6 MB. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private final ScanRecognition recognition;

    ScanReadingPages(ScanRecognition recognition) {
        this.recognition = recognition;
    }

    /** What the page's script needs: whether something was read, why not, and the fields by form name. */
    record ReadingJson(boolean readable, String why, String name, String idNumber, String uscc, String legalRep,
            String address) {

        static ReadingJson of(ScanReading reading) {
            if (reading instanceof IdCardFront f) {
                return new ReadingJson(true, "", f.name(), f.idNumber(), "", "", f.address());
            }
            if (reading instanceof LicenceReading l) {
                return new ReadingJson(true, "", l.name(), "", l.uscc(), l.legalRep(), l.address());
            }
            return new ReadingJson(false, reading instanceof Unreadable u ? u.why() : "kind", "", "", "", "", "");
        }
    }

    @PostMapping(value = "/recognition/readings", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ReadingJson read(@RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable MultipartFile file) throws IOException {
        ScanKind scan = "BUSINESS_LICENSE".equals(kind) ? ScanKind.BUSINESS_LICENCE : ScanKind.ID_CARD_FRONT;
        if (file == null || file.isEmpty() || file.getSize() > MAX_BYTES) {
            return ReadingJson.of(new Unreadable(scan, "format"));
        }
        try (InputStream in = file.getInputStream()) {
            return ReadingJson.of(recognition.read(scan, in.readAllBytes()));
        }
    }
}
