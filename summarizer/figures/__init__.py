"""Every number of a document with its value, unit, scale, sign, precision and table context,
and the periods of its table columns."""
