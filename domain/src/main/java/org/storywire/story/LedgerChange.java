package org.storywire.story;

/** A ledger written by the fold ({@code ledger} null: the article left that part, its ledger is to be deleted). */
public record LedgerChange(String part, String articleId, ArticleLedger ledger) {}
