"""The words of releases and claims: vocabulary (metrics, periods, basis, scale and currency
words, months), the number grammar, the context around a number, and sentences."""
