"""Kechuang (科创): the province's science-and-technology and industrial-innovation platform."""
