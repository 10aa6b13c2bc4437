/*
 * Copyright (c) 2026 Lawful Access Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.lawfulaccess.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.DecoratorAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemProviderDecorator;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderDecorator;
import org.lawfulaccess.core.Labels;
import org.lawfulaccess.model.edit.provider.LawfulItemProviderAdapterFactory;

/**
 * The item-provider adapter factory the product registers for the Lawful Access metamodel: the
 * generated item providers (children, property descriptors with categories, commands, icons), each
 * behind one decorator that names elements as {@link Labels} does, so that the tree, the property
 * sheet, the Problems view and the command line name an element the same way.
 * <p>
 * The generated factory answers this one (or the factory this one is composed into) as its root, so
 * property descriptors and child providers, which ask the root factory for labels, get the decorated
 * ones too. No generated file is
 * edited, and a class added to the metamodel is labelled without a change here.
 */
public class LabelledItemProviderAdapterFactory extends DecoratorAdapterFactory {

    /** Creates the factory; the registry instantiates it through this constructor. */
    public LabelledItemProviderAdapterFactory() {
        super(null);
        setDecoratedAdapterFactory(new Generated(this));
    }

    /** The generated factory, rooted at the decorator. */
    private static final class Generated extends LawfulItemProviderAdapterFactory {
        private final LabelledItemProviderAdapterFactory decorator;

        Generated(LabelledItemProviderAdapterFactory decorator) {
            this.decorator = decorator;
        }

        @Override
        public ComposeableAdapterFactory getRootAdapterFactory() {
            return decorator.getRootAdapterFactory();
        }
    }

    @Override
    protected IItemProviderDecorator createItemProviderDecorator(Object target, Object type) {
        return new LabelledItemProvider(this);
    }

    /**
     * A generated item provider with the product's labels. It declares the interfaces the generated
     * providers implement, since callers (viewers, the editing domain, composed factories) ask for those
     * and cast; it is an {@link Adapter} only in name, because {@link DecoratorAdapterFactory} hands it out
     * for notifiers: the generated provider is the one attached to elements.
     */
    private static final class LabelledItemProvider extends ItemProviderDecorator implements IEditingDomainItemProvider,
            IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource, Adapter {

        LabelledItemProvider(LabelledItemProviderAdapterFactory factory) {
            super(factory);
        }

        @Override
        public String getText(Object object) {
            return Labels.text(object);
        }

        @Override
        public Notifier getTarget() {
            return null;
        }

        @Override
        public void setTarget(Notifier newTarget) {
            // not attached to elements; the decorated provider is
        }
    }
}
