package org.compliance.api.apidoc;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One stored thing read by its id: 304 to its ETag in If-None-Match, 404 when there is none. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "304", description = "Not modified since the ETag")
@ApiResponse(responseCode = "404")
public @interface ReadByETag {}
