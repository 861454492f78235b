"""KT4xx duplicates: repeated words, sentences and passages pasted twice."""
