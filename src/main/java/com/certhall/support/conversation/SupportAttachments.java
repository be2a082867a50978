package com.certhall.support.conversation;

import com.certhall.documents.DocumentContent;
import com.certhall.documents.DocumentFormat;
import com.certhall.documents.DocumentId;
import com.certhall.documents.DocumentKind;
import com.certhall.documents.DocumentManagement;
import com.certhall.documents.DocumentOwner;
import com.certhall.documents.StoredDocument;
import com.certhall.documents.Upload;
import com.certhall.documents.UploadRule;
import com.certhall.shared.ConflictException;
import com.certhall.shared.InputHygiene;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a customer adds to a support conversation (a screenshot of an error, a scan): kept by the documents module
 * under the owner {@code support-conversation:<id>} with its checks (type sniffed from the bytes, PDF, JPEG or PNG,
 * at most 2 MB, encrypted at rest), at most {@link #MAX_FILES} per conversation. Each one is also a customer message
 * ("[附件] name") so staff see it in the conversation; staff open it on their desk (docs/help.md).
 */
@Service
public class SupportAttachments {

    public static final int MAX_FILES = 10;
    static final UploadRule RULE = UploadRule.of(2 * 1024 * 1024, DocumentFormat.PDF, DocumentFormat.JPEG,
            DocumentFormat.PNG);

    private final DocumentManagement documents;
    private final Conversations conversations;

    SupportAttachments(DocumentManagement documents, Conversations conversations) {
        this.documents = documents;
        this.conversations = conversations;
    }

    /**
     * Checks and keeps the file, and notes it in the conversation as the customer's message.
     *
     * @throws com.certhall.shared.NotFoundException (404) when the conversation is not the customer's
     * @throws ConflictException (409) after {@link #MAX_FILES} files
     */
    @Transactional
    public StoredDocument attach(UUID conversation, Customer who, String originalName, InputStream content) {
        conversations.own(conversation, who);
        if (documents.list(owner(conversation)).size() >= MAX_FILES) {
            throw new ConflictException("support.attachment.tooMany", "too many files", MAX_FILES);
        }
        String name = InputHygiene.tidy(originalName == null || originalName.isBlank() ? "file" : originalName);
        name = name.length() > 100 ? name.substring(name.length() - 100) : name;
        StoredDocument stored = documents.store(new Upload(owner(conversation), DocumentKind.OTHER, name,
                who.actor()), content, RULE);
        conversations.post(conversation, who, "[附件 / attachment] " + stored.originalName());
        return stored;
    }

    /** The conversation's files for its customer (404 for anyone else). */
    public List<StoredDocument> ofCustomer(UUID conversation, Customer who) {
        conversations.own(conversation, who);
        return documents.list(owner(conversation));
    }

    public DocumentContent contentForCustomer(UUID conversation, Customer who, DocumentId id) {
        conversations.own(conversation, who);
        return documents.content(owner(conversation), id);
    }

    /** Staff (SUPPORT) see every conversation's files. */
    public List<StoredDocument> forStaff(UUID conversation) {
        return documents.list(owner(conversation));
    }

    public DocumentContent contentForStaff(UUID conversation, DocumentId id) {
        conversations.get(conversation);
        return documents.content(owner(conversation), id);
    }

    private static DocumentOwner owner(UUID conversation) {
        return DocumentOwner.of("support-conversation", conversation);
    }
}
