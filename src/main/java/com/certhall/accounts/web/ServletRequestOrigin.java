package com.certhall.accounts.web;

import com.certhall.accounts.domain.RequestOrigin;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The remote address of the servlet request this thread serves. */
@Component
class ServletRequestOrigin implements RequestOrigin {

    @Override
    public @Nullable String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
