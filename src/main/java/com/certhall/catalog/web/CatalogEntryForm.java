package com.certhall.catalog.web;

/**
 * What the admin's channel and product forms share: the entry's code, name and description, and the version it was
 * read at (an edit of a changed entry is refused instead of overwriting it).
 */
public abstract class CatalogEntryForm {

    private String code = "";
    private String name = "";
    private String description = "";
    private long version;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
