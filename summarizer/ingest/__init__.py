"""From bytes to a document: decoding, EDGAR submissions and their exhibits, HTML with its
tables read from the DOM, text tables, one offset space for all of it."""
