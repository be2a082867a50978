package com.certhall.orders;

/** Kinds of identity document a person can be identified by (证件类型). */
public enum IdType {
    /** 居民身份证: checked per GB 11643-1999. */
    RESIDENT_ID,
    /** 护照. */
    PASSPORT,
    /** 港澳居民来往内地通行证. */
    HK_MACAO_PERMIT,
    /** 台湾居民来往大陆通行证. */
    TAIWAN_PERMIT,
    /** 外国人永久居留身份证. */
    FOREIGN_PERMANENT_RESIDENT
}
