// The earliest and latest relation dates (event date, else when first reported), for the date slider.
MATCH (:Entity)-[r]->(:Entity)
WITH coalesce(r.date, r.knownFrom) AS d WHERE d IS NOT NULL
RETURN toString(min(d)) AS min, toString(max(d)) AS max
