/**
 * Jackson 2 support for revops values.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new RevOpsModule()).build();
 * mapper.writeValueAsString(BusinessFunction.SUPPORT);   // "SUPPORT"
 * }</pre>
 */
@NullMarked
package dev.revops.json;

import org.jspecify.annotations.NullMarked;
