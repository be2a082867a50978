package com.certhall.support.mobile;

import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentId;
import com.certhall.documents.DocumentKind;
import com.certhall.documents.DocumentManagement;
import com.certhall.documents.DocumentOwner;
import com.certhall.documents.StoredDocument;
import com.certhall.documents.Upload;
import com.certhall.documents.UploadRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The scans of a lost-mobile request, kept by the documents module under the owner {@code mobile-change:<id>} with
 * its checks (real type sniffed, size limit, encrypted at rest): at most 2 MB each, PDF, JPEG or PNG.
 */
@Component
public class MobileChangeDocuments {

    static final UploadRule RULE = UploadRule.of(2 * 1024 * 1024, DocumentFormat.PDF, DocumentFormat.JPEG,
            DocumentFormat.PNG);

    private final DocumentManagement documents;

    MobileChangeDocuments(DocumentManagement documents) {
        this.documents = documents;
    }

    /** One uploaded file as the edge received it. */
    public record File(String name, InputStream content) {
    }

    /** Enterprise: business licence and the handler's ID card; person: the holder's ID card. */
    public static List<DocumentKind> required(String accountType) {
        return "ENTERPRISE".equals(accountType)
                ? List.of(DocumentKind.BUSINESS_LICENSE, DocumentKind.ID_FRONT, DocumentKind.ID_BACK)
                : List.of(DocumentKind.ID_FRONT, DocumentKind.ID_BACK);
    }

    /** The form and API field of a kind: {@code businessLicense}, {@code idFront}, {@code idBack}. */
    public static String field(DocumentKind kind) {
        return switch (kind) {
            case BUSINESS_LICENSE -> "businessLicense";
            case ID_FRONT -> "idFront";
            case ID_BACK -> "idBack";
            default -> kind.name();
        };
    }

    void store(UUID request, Map<DocumentKind, File> files, String actor) {
        for (var entry : files.entrySet()) {
            try (InputStream in = entry.getValue().content()) {
                documents.store(new Upload(owner(request), entry.getKey(), entry.getValue().name(), actor), in,
                        RULE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    List<StoredDocument> list(UUID request) {
        return documents.list(owner(request));
    }

    public DocumentContent thumbnail(UUID request, DocumentId id) {
        return documents.thumbnail(owner(request), id);
    }

    private static DocumentOwner owner(UUID request) {
        return DocumentOwner.of("mobile-change", request);
    }
}
