package org.lawfulaccess.core.generate;

import org.lawfulaccess.model.Ecosystem;

/**
 * The result of {@link EcosystemGenerator}: the model and what it consists of.
 *
 * @param ecosystem the root of the generated model
 * @param seed the seed it was generated from
 * @param jurisdictions the number of jurisdictions, the unit the {@link Mix} scales with
 * @param counts the elements of each type, counted in the finished model
 */
public record GeneratedEcosystem(Ecosystem ecosystem, long seed, int jurisdictions, ElementCounts counts) {
}
