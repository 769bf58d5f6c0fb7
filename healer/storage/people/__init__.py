"""People in the person's life and the moments they were met: tables, reads, writes, export."""
