package org.storywire.clean;

/** How precisely a publication or statement time is known: "2024-11" is MONTH, not 1 November. */
public enum TimePrecision { UNKNOWN, YEAR, MONTH, DAY, MINUTE, SECOND }
