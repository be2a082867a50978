package com.certhall.web;

import com.certhall.shared.Caller;
import com.certhall.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The one way a page or an API call outside accounts learns who is calling: a handler parameter of type
 * {@link Caller} is the request's signed-in principal. A parameter declared {@code @Nullable} is null for an
 * anonymous request; otherwise an anonymous request is answered as not found, as a resource of nobody would be.
 */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    /**
     * Exactly {@link Caller}: the accounts module's principal type is also a {@link java.security.Principal}, which
     * Spring MVC resolves itself, so accounts' own handlers take it with {@code @AuthenticationPrincipal}.
     */
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class
                && !parameter.hasParameterAnnotation(AuthenticationPrincipal.class);
    }

    @Override
    public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (parameter.getParameterType().isInstance(principal)) {
            return principal;
        }
        if (nullable(parameter)) {
            return null;
        }
        throw new NotFoundException("account", "current");
    }

    private static boolean nullable(MethodParameter parameter) {
        return parameter.getParameter().getAnnotatedType().isAnnotationPresent(Nullable.class);
    }
}
