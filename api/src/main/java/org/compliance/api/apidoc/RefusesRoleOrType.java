package org.compliance.api.apidoc;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that only some roles may make, with a body of one Content-Type: 403 for the others, 415
 * for another type (the words are {@link ApiDescription}'s). Springdoc and ApiDescription read
 * {@code @ApiResponse} through meta-annotations.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "403")
@ApiResponse(responseCode = "415")
public @interface RefusesRoleOrType {}
