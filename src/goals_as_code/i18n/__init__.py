"""The words of the human output, in every language the tool speaks."""
