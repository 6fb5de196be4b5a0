package org.compliance.api.apidoc;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Storing a body: 409 when it conflicts with what is stored, 413 when it is too large. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "409")
@ApiResponse(responseCode = "413")
public @interface RefusesConflictOrSize {}
