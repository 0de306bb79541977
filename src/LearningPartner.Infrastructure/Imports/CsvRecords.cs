using System.Text;

namespace LearningPartner.Infrastructure.Imports;

/// <summary>
/// Splits CSV text into records (RFC 4180: comma-separated, fields optionally in double quotes, a quote inside one written
/// twice), strict about quotes where a lenient reader guesses (issue 20.5): a quoted field must close, and close right
/// before a comma or the end of its line. Otherwise <see cref="UnbalancedQuoteException"/> names the line the quote opens
/// on — a lenient reader let that field swallow the rows after it. A quote inside an unquoted field (13" screen) is kept
/// as text: nothing is ambiguous there. Line breaks are CRLF, LF or CR; blank lines are skipped.
/// </summary>
public static class CsvRecords
{
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var reader = new Reader(text);
        while (reader.Next() is { } record)
        {
            yield return record;
        }
    }

    private sealed class Reader(string text)
    {
        private readonly StringBuilder _quoted = new();
        private int _position;
        private int _line = 1;

        public CsvRecord? Next()
        {
            while (AtLineBreak())
            {
                SkipLineBreak();
            }

            if (_position >= text.Length)
            {
                return null;
            }

            var start = _line;
            int? acrossLinesFrom = null;
            var fields = new List<string>();
            while (true)
            {
                fields.Add(QuoteAhead() ? Quoted(ref acrossLinesFrom) : Unquoted());
                if (_position < text.Length && text[_position] == ',')
                {
                    _position++;
                    continue;
                }

                SkipLineBreak();
                return new CsvRecord(start, fields, acrossLinesFrom);
            }
        }

        /// <summary>Whether the field starts with a quote (after spaces, which RFC 4180 does not allow but exports write).</summary>
        private bool QuoteAhead()
        {
            var ahead = _position;
            while (ahead < text.Length && text[ahead] == ' ')
            {
                ahead++;
            }

            if (ahead < text.Length && text[ahead] == '"')
            {
                _position = ahead;
                return true;
            }

            return false;
        }

        private string Unquoted()
        {
            var start = _position;
            while (_position < text.Length && text[_position] is not (',' or '\r' or '\n'))
            {
                _position++;
            }

            return text[start.._position];
        }

        private string Quoted(ref int? acrossLinesFrom)
        {
            var opensOn = _line;
            _quoted.Clear();
            _position++;
            while (true)
            {
                if (_position >= text.Length)
                {
                    throw new UnbalancedQuoteException(opensOn);
                }

                var c = text[_position];
                if (c == '"')
                {
                    if (_position + 1 < text.Length && text[_position + 1] == '"')
                    {
                        _quoted.Append('"');
                        _position += 2;
                        continue;
                    }

                    _position++;
                    break;
                }

                if (AtLineBreak())
                {
                    acrossLinesFrom ??= opensOn;
                    var from = _position;
                    SkipLineBreak();
                    _quoted.Append(text, from, _position - from);
                    continue;
                }

                _quoted.Append(c);
                _position++;
            }

            while (_position < text.Length && text[_position] == ' ')
            {
                _position++;
            }

            // After its closing quote a field ends: a comma, a line break or the end of the file, nothing else.
            return _position >= text.Length || text[_position] == ',' || AtLineBreak()
                ? _quoted.ToString()
                : throw new UnbalancedQuoteException(opensOn);
        }

        private bool AtLineBreak() => _position < text.Length && text[_position] is '\r' or '\n';

        private void SkipLineBreak()
        {
            if (!AtLineBreak())
            {
                return;
            }

            _position += text[_position] == '\r' && _position + 1 < text.Length && text[_position + 1] == '\n' ? 2 : 1;
            _line++;
        }
    }
}
