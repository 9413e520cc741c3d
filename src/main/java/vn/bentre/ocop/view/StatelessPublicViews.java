package vn.bentre.ocop.view;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Public pages are stateless: their views are transient from the moment they are created, so neither Faces
 * nor PrimeFaces (its CSP nonce) opens an HTTP session for an anonymous reader. Only pages in the role folders
 * keep a view state. Deciding by folder ({@link PagePolicy}), rather than per page, means a new public page
 * cannot forget it. (The layout's {@code f:view transient} says the same for postbacks, which Faces rebuilds
 * without this handler.)
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        var root = super.createView(context, viewId);
        if (root != null && PagePolicy.isStateless(root.getViewId())) {
            root.setTransient(true);
        }
        return root;
    }
}
