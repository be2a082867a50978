package com.certhall.support.web;

import com.certhall.documents.DocumentKind;
import com.certhall.support.mobile.MobileChangeDocuments;
import com.certhall.support.mobile.MobileChangeRequests.MobileChangeCommand;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * A lost-mobile request as posted in multipart (docs/help.md): the page binds it, the API builds it from its parts.
 * The scans are {@code businessLicense} (enterprise), {@code idFront} and {@code idBack}; an empty part is no scan.
 */
public record MobileChangeForm(@Nullable String login, @Nullable String mobile, @Nullable String smsCode,
        @Nullable MultipartFile businessLicense, @Nullable MultipartFile idFront, @Nullable MultipartFile idBack) {

    /** The command, its scans in the order licence, ID front, ID back. */
    public MobileChangeCommand command() throws IOException {
        Map<DocumentKind, MobileChangeDocuments.File> files = new LinkedHashMap<>();
        put(files, DocumentKind.BUSINESS_LICENSE, businessLicense);
        put(files, DocumentKind.ID_FRONT, idFront);
        put(files, DocumentKind.ID_BACK, idBack);
        return new MobileChangeCommand(login, mobile, smsCode, files);
    }

    private static void put(Map<DocumentKind, MobileChangeDocuments.File> files, DocumentKind kind,
            @Nullable MultipartFile file) throws IOException {
        if (file != null && !file.isEmpty()) {
            files.put(kind, new MobileChangeDocuments.File(String.valueOf(file.getOriginalFilename()),
                    file.getInputStream()));
        }
    }
}
