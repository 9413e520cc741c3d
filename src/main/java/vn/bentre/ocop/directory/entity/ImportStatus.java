package vn.bentre.ocop.directory.entity;

/** Where an import stands: running, done (every row imported) or failed (nothing imported). */
public enum ImportStatus {
    RUNNING,
    DONE,
    FAILED
}
