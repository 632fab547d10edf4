package org.itaboard.scoring.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under {@code /api} that no endpoint has answers 404 as a problem detail (ApiProblems). Without this
 * the request would fall through to Vaadin, which answers every unknown address with its page (200, HTML). GET only,
 * so that another method on an existing endpoint still answers 405.
 */
@RestController
class UnknownApiAddress {

    @GetMapping("/api/**")
    void unknown(HttpServletRequest request) throws NoResourceFoundException {
        throw new NoResourceFoundException(HttpMethod.GET, request.getRequestURI());
    }
}
