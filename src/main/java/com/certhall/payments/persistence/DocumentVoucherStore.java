package com.certhall.payments.persistence;

import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentId;
import com.certhall.documents.DocumentKind;
import com.certhall.documents.DocumentManagement;
import com.certhall.documents.DocumentNotFoundException;
import com.certhall.documents.DocumentOwner;
import com.certhall.documents.StoredDocument;
import com.certhall.documents.Upload;
import com.certhall.documents.UploadRule;
import com.certhall.payments.PaymentId;
import com.certhall.payments.domain.VoucherStore;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Keeps vouchers through the documents module (type sniffed from the bytes, size-limited while streaming, hashed,
 * encrypted at rest, versions retained), owned by {@code payment:<id>} as {@link DocumentKind#PAYMENT_VOUCHER}.
 */
@Component
class DocumentVoucherStore implements VoucherStore {

    private final DocumentManagement documents;

    DocumentVoucherStore(DocumentManagement documents) {
        this.documents = documents;
    }

    @Override
    public StoredVoucher store(PaymentId payment, @Nullable UUID replaces, String fileName, InputStream content,
            long maxBytes, String actor) {
        Upload upload = new Upload(owner(payment), DocumentKind.PAYMENT_VOUCHER, fileName, actor);
        UploadRule rule = UploadRule.of(maxBytes, DocumentFormat.PDF, DocumentFormat.JPEG, DocumentFormat.PNG);
        StoredDocument stored = replaces == null ? documents.store(upload, content, rule)
                : documents.replace(new DocumentId(replaces), upload, content, rule);
        return new StoredVoucher(stored.documentId().id(), stored.contentType(), stored.sha256());
    }

    @Override
    public Optional<DocumentContent> load(PaymentId payment, UUID voucherId) {
        try {
            return Optional.of(documents.content(owner(payment), new DocumentId(voucherId)));
        } catch (DocumentNotFoundException e) {
            return Optional.empty();
        }
    }

    private static DocumentOwner owner(PaymentId payment) {
        return DocumentOwner.of("payment", payment);
    }
}
