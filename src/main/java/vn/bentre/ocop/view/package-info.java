/**
 * Faces backing beans, one package per page folder ({@code view.quantri} for {@code /quan-tri}). Thin: they
 * hold form state, call one boundary method and show its outcome as a message from the bundle.
 */
package vn.bentre.ocop.view;
