/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.edit.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.widgets.Display;
import org.lawfulaccess.model.AuthorityKind;
import org.lawfulaccess.model.Instrument;
import org.lawfulaccess.model.InstrumentKind;
import org.lawfulaccess.model.Jurisdiction;
import org.lawfulaccess.model.Provider;
import org.lawfulaccess.model.ProviderKind;
import org.lawfulaccess.model.Provision;
import org.lawfulaccess.model.RouteKind;
import org.lawfulaccess.model.Service;
import org.lawfulaccess.tests.support.ModelBuilder;

/**
 * What the tests share: a display, the event loop, and a small model in a resource that an editing
 * domain with a command stack edits, as the editor will.
 */
final class Fixtures {

    private Fixtures() {
    }

    static Display display() {
        return Display.getDefault();
    }

    /** Runs the event loop until the condition holds; fails after the timeout. */
    static void waitFor(BooleanSupplier condition, Duration timeout, String what) {
        Display display = display();
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting for " + what);
                }
            }
        }
    }

    /** Runs what the event loop has queued. */
    static void dispatch() {
        Display display = display();
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** A cross-border model: two states, a treaty with provisions, a provider and its service. */
    static final class SmallModel {
        final ComposedAdapterFactory factory = ItemProviders.newAdapterFactory();
        final BasicCommandStack commandStack = new BasicCommandStack();
        final ModelBuilder model = new ModelBuilder(ModelBuilder.memoryResource("small.lawful")).named("Small model");
        final Resource resource = model.resource();
        final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, commandStack, resource.getResourceSet());
        final Jurisdiction belgium = model.jurisdiction("Belgium", "BE");
        final Jurisdiction unitedStates = model.jurisdiction("United States", "US");
        final Provider provider = model.provider("Example Mail", unitedStates, ProviderKind.EMAIL);
        final Service service = model.service("Example Mail service", provider);
        final Instrument treaty = model.instrument("MLAT BE-US", InstrumentKind.BILATERAL_TREATY, null, belgium, unitedStates);
        final Provision article = model.provision(treaty, "Article 5", RouteKind.MUTUAL_LEGAL_ASSISTANCE, null, null, "90 days",
                "12 months");

        SmallModel() {
            model.authority("Federal Police", belgium, AuthorityKind.POLICE);
            // How the editor finds its domain from an element: through the resource set.
            resource.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        }

        void dispose() {
            factory.dispose();
        }
    }
}
