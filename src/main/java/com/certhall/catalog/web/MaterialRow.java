package com.certhall.catalog.web;

import com.certhall.catalog.FileFormat;
import com.certhall.catalog.MaterialKind;
import com.certhall.catalog.MaterialRequirement;
import java.util.EnumSet;
import java.util.Set;

/** One material row. */
public class MaterialRow {
    private MaterialKind kind = MaterialKind.OTHER;
    private boolean accepted;
    private boolean required;
    private long maxBytes = MaterialRequirement.TWO_MB;
    private Set<FileFormat> formats = EnumSet.noneOf(FileFormat.class);

    /** A kind the channel does not ask for yet, with the usual limits should the admin tick it. */
    static MaterialRow notAsked(MaterialKind kind) {
        return new MaterialRow(kind, false, false, MaterialRequirement.TWO_MB,
                EnumSet.of(FileFormat.PDF, FileFormat.JPG, FileFormat.JPEG, FileFormat.PNG));
    }

    public MaterialRow() {
    }

    MaterialRow(MaterialKind kind, boolean accepted, boolean required, long maxBytes, Set<FileFormat> formats) {
        this.kind = kind;
        this.accepted = accepted;
        this.required = required;
        this.maxBytes = maxBytes;
        this.formats = formats;
    }

    public MaterialKind getKind() {
        return kind;
    }

    public void setKind(MaterialKind kind) {
        this.kind = kind;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public long getMaxBytes() {
        return maxBytes;
    }

    public void setMaxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Set<FileFormat> getFormats() {
        return formats;
    }

    public void setFormats(Set<FileFormat> formats) {
        this.formats = formats;
    }
}
