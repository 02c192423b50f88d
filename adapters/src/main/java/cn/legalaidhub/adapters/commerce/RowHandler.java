package cn.legalaidhub.adapters.commerce;

import java.util.List;

/** Receives the rows of a batch file one at a time, the header row first; {@code rowNumber} counts from 1. */
@FunctionalInterface
interface RowHandler {

    void row(int rowNumber, List<String> cells) throws Exception;
}
